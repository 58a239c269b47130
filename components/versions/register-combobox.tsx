"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FormField } from "@/components/ui/form-field";

export type ComboOption = { id: string; label: string; detail?: string };
/** Set from outside (a hint's "Search for it"): replaces the query, opens the list and focuses the input. */
export type SearchRequest = { text: string; n: number };

type Props = {
  id: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  placeholder?: string;
  selected: ComboOption | null;
  onSelect: (option: ComboOption | null) => void;
  search: (query: string, signal: AbortSignal) => Promise<ComboOption[]>;
  request?: SearchRequest | null;
};

type Results =
  | { phase: "idle" | "loading" }
  | { phase: "done"; options: ComboOption[] }
  | { phase: "error"; message: string };

/**
 * A searchable select (WAI-ARIA combobox with a listbox popup): typing searches the server, arrows move,
 * Enter chooses, Escape closes. Typing again after a choice clears it, so what shows is what is chosen.
 */
export function RegisterCombobox({
  id,
  label,
  hint,
  error,
  required,
  placeholder,
  selected,
  onSelect,
  search,
  request,
}: Props) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(selected?.label ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results>({ phase: "idle" });
  const options = results.phase === "done" ? results.options : [];

  // A new request adjusts state while rendering (React's pattern for props that reset state), then takes focus.
  const [seenRequest, setSeenRequest] = useState(request);
  if (request !== seenRequest) {
    setSeenRequest(request);
    if (request) {
      setQuery(request.text);
      setOpen(true);
    }
  }
  useEffect(() => {
    if (request) input.current?.focus();
  }, [request]);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setResults({ phase: "loading" });
      search(query.trim(), controller.signal).then(
        (found) => (setResults({ phase: "done", options: found }), setActive(found.length ? 0 : -1)),
        (failure: Error) =>
          controller.signal.aborted || setResults({ phase: "error", message: failure.message }),
      );
    }, 200);
    return () => (clearTimeout(timer), controller.abort());
  }, [open, query, search]);

  function choose(option: ComboOption) {
    onSelect(option);
    setQuery(option.label);
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (options.length ? (current + step + options.length) % options.length : -1));
    } else if (event.key === "Enter" && open) {
      // Enter picks the highlighted option instead of submitting the form.
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const status =
    results.phase === "loading"
      ? "Searching…"
      : results.phase === "error"
        ? results.message
        : results.phase === "done" && !options.length
          ? "No matches"
          : null;

  const expanded = open && (options.length > 0 || status !== null);

  return (
    <FormField id={id} label={label} hint={hint} error={error} required={required}>
      {(field) => (
        <div className="relative">
          <input
            {...field}
            ref={input}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            autoComplete="off"
            placeholder={placeholder}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              if (selected) onSelect(null);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            className={`${field.className} ${selected ? "border-emerald-500 bg-emerald-50/40" : ""}`}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={label}
            hidden={!expanded}
            className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
          >
            {options.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onMouseEnter={() => setActive(index)}
                className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-indigo-50" : ""}`}
              >
                <span className="font-medium text-slate-900">{option.label}</span>
                {option.detail && <span className="block text-xs text-slate-600">{option.detail}</span>}
              </li>
            ))}
            {status && (
              <li
                role="presentation"
                className={`px-3 py-1.5 ${results.phase === "error" ? "text-red-700" : "text-slate-600"}`}
              >
                {status}
              </li>
            )}
          </ul>
        </div>
      )}
    </FormField>
  );
}
