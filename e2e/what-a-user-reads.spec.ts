import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createModel, ok, unique } from "./registry-api";

/** The line each character of an element's text is drawn on, by the top of its box. */
async function lineBreaksOf(element: Locator): Promise<string[]> {
  return element.evaluate((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const chars: { char: string; top: number }[] = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (let i = 0; i < text.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        chars.push({ char: text.textContent![i]!, top: Math.round(range.getBoundingClientRect().top) });
      }
    }
    const lines: string[] = [""];
    chars.forEach(({ char, top }, i) => {
      if (i > 0 && top > chars[i - 1]!.top) lines.push("");
      lines[lines.length - 1] += char;
    });
    return lines;
  });
}

test.describe("what a user reads", () => {
  test("the model page's status follows the stage: an archived version is not 'Active'", async ({
    page,
    loginAs,
  }) => {
    await loginAs("scientist");
    await page.goto("/models/support-assistant-eu");
    const table = page.getByRole("table", { name: /Versions of/ });
    const statusOf = async (version: string) => {
      const row = table
        .getByRole("row")
        .filter({ has: page.getByRole("link", { name: version, exact: true }) });
      return (await row.getByRole("cell").nth(3).innerText()).trim();
    };
    expect(await statusOf("v1")).toBe("Retired");
    expect(await statusOf("v2")).toBe("Live");
    expect(await statusOf("v3")).toBe("Active");
  });

  test("a long artifact name wraps after its separators and stays inside the table", async ({
    page,
    loginAs,
  }) => {
    await loginAs("scientist");
    const slug = await createModel(page.request, "BASE", "e2e-wrap");
    const { version } = await ok<{ version: { id: string } }>(
      await page.request.post(`/api/v1/models/${slug}/versions`, { data: {} }),
    );
    const name = "checkpoints/final-run/merged_weights/model-00001-of-00004.safetensors";
    await ok(
      await page.request.post(`/api/v1/versions/${version.id}/artifacts`, {
        data: {
          name,
          uri: `s3://e2e/${unique("wrap")}/model.safetensors`,
          sha256: "a".repeat(64),
          sizeBytes: 1024,
        },
      }),
    );
    await page.goto(`/versions/${version.id}?tab=artifacts`);
    const cell = page.getByRole("rowheader", { name }).first();
    const lines = await lineBreaksOf(cell);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/._-]$/);
    const fits = await cell.evaluate((node) => node.scrollWidth <= node.clientWidth);
    expect(fits).toBe(true);
  });

  test("the audit trail names people and entities, and shows sign-ins only when asked", async ({
    page,
    loginAs,
  }) => {
    await loginAs("officer");
    await page.goto("/audit?entityType=model_version");
    const firstRow = page.locator("tbody tr").first();
    // a person by name, a version by its model's slug and number, not raw ids
    await expect(firstRow.getByRole("cell").nth(2)).toHaveText(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    await expect(firstRow.getByRole("cell").nth(4)).toContainText(/Model version\s*[a-z0-9.-]+ v\d+/);

    await page.goto("/audit");
    const signIns = page
      .getByTestId("audit-action")
      .filter({ hasText: /^user\.(signed_in|signed_out|sign_in_failed)$/ });
    await expect(page.getByTestId("audit-action").first()).toBeVisible();
    await expect(signIns).toHaveCount(0);
    await page.getByLabel("Show sign-ins and sign-outs").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/audit\?signIns=true$/);
    await expect(signIns.first()).toBeVisible();
    await expect(page.getByLabel("Show sign-ins and sign-outs")).toBeChecked();
  });

  test("an admin creates a team, puts a user in it, and confirms before granting admin", async ({
    page,
    loginAs,
  }) => {
    test.setTimeout(60_000); // three reloads and four server actions, on a busy two-core machine
    await loginAs("admin");
    const suffix = unique("p");
    const email = `${suffix}@e2e.local`;
    await ok(
      await page.request.post("/api/v1/admin/users", {
        data: { email, name: `Pat ${suffix}`, roles: ["DATA_SCIENTIST"] },
      }),
    );
    await page.goto("/admin/users");

    const teamForm = page.getByRole("form", { name: "Create a team" });
    const teamName = `Vision ${suffix}`;
    await teamForm.getByLabel("Name").fill(teamName);
    await teamForm.getByLabel("Slug").fill(`vision-${suffix}`);
    await teamForm.getByRole("button", { name: "Create team" }).click();
    await expect(teamForm.getByRole("status")).toHaveText(`The team ${teamName} was created.`);

    const row = page.getByRole("row").filter({ hasText: email });
    const team = row
      .getByRole("group", { name: `Teams of Pat ${suffix}` })
      .getByRole("checkbox", { name: teamName });
    await team.check();
    await row.getByRole("button", { name: "Save teams" }).click();
    await expect(row.getByText("Teams saved")).toBeVisible();
    await page.reload();
    await expect(team).toBeChecked();

    const admin = row.getByRole("checkbox", { name: "Admin" });
    await admin.check();
    await row.getByRole("button", { name: "Save roles" }).click();
    const confirm = row.getByRole("group", { name: /^Confirm: Make Pat .* an admin\?/ });
    await expect(confirm).toBeVisible();
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await page.reload();
    await expect(admin).not.toBeChecked();

    await admin.check();
    await row.getByRole("button", { name: "Save roles" }).click();
    await confirm.getByRole("button", { name: "Yes, grant admin" }).click();
    await expect(row.getByText("Roles saved")).toBeVisible();
    await page.reload();
    await expect(admin).toBeChecked();
  });
});
