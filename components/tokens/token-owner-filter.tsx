/** A plain GET form, so the filter is a link that can be shared and works without JavaScript. */
export function TokenOwnerFilter({
  users,
  selected,
}: {
  users: { id: string; name: string; email: string }[];
  selected?: string;
}) {
  return (
    <form method="get" action="/admin/tokens" className="flex items-end gap-2">
      <div>
        <label htmlFor="token-owner" className="block text-sm font-medium text-slate-800">
          Owner
        </label>
        <select
          id="token-owner"
          name="userId"
          defaultValue={selected ?? ""}
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
        >
          <option value="">Everyone</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        Show
      </button>
    </form>
  );
}
