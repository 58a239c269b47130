import { ButtonLink } from "@/components/ui/button";
import { StatusPanel } from "./status-panel";

export function NotFoundPanel() {
  return (
    <StatusPanel
      code={404}
      title="We couldn't find that page"
      action={<ButtonLink href="/">Go to the home page</ButtonLink>}
    >
      <p>The address may be mistyped, or the model, version or dataset it pointed to no longer exists.</p>
    </StatusPanel>
  );
}
