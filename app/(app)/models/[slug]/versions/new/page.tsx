import type { Metadata } from "next";
import Link from "next/link";
import { ModelKindBadge } from "@/components/models/model-kind-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RegisterVersionForm } from "@/components/versions/register-version-form";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { valuesFromVersion } from "@/lib/registration/values-from-version";
import { requirePageUser } from "@/lib/server/auth/current-user";
import type { ModelDetail } from "@/lib/server/models/get-model";
import { getVersionOrThrow } from "@/lib/server/versions/get-version";
import { canChange } from "@/lib/server/registry/can-change";
import { loadModelOrNotFound, ownedBy } from "../../../load-model";
import { registerVersionAction } from "./actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Register a version · ${(await params).slug}` };
}

export default async function RegisterVersionPage({ params, searchParams }: Props) {
  const principal = await requirePageUser("versions.write");
  const model = await loadModelOrNotFound(principal, (await params).slug);
  const from = await startingPoint(principal, model, (await searchParams).from);
  // The action checks ownership again; this only spares a form that could never be saved, and says why
  // (the app's 403 page speaks of roles, and this is about the owning team).
  const mayRegister = await canChange(principal, "versions.write", ownedBy(model));
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 flex gap-2 text-sm text-slate-600">
        <Link href="/models" className="text-indigo-700 hover:underline">
          Models
        </Link>
        <span aria-hidden>/</span>
        <Link href={`/models/${model.slug}`} className="text-indigo-700 hover:underline">
          {model.name}
        </Link>
      </nav>
      <PageHeader
        title={`Register version ${model.nextVersion} of ${model.name}`}
        description={
          <>
            <ModelKindBadge kind={model.kind} /> Owned by {model.team.name}. Record what an auditor will ask
            about: where it came from, what it was trained on, how, and its model card.
          </>
        }
      />
      {mayRegister ? (
        <RegisterVersionForm
          model={{ slug: model.slug, name: model.name, kind: model.kind, license: model.license }}
          action={registerVersionAction.bind(null, model.slug)}
          from={from}
        />
      ) : (
        <EmptyState
          title={`Only ${model.team.name} can register versions of this model`}
          action={
            <ButtonLink href={`/models/${model.slug}`} variant="secondary">
              Back to the model
            </ButtonLink>
          }
        >
          Versions are registered by members of the team that owns the model (or an admin). Ask one of them,
          or register a model of your own team that derives from it.
        </EmptyState>
      )}
    </div>
  );
}

/**
 * `?from=<version id>`: an earlier version of this model to fill the form from. Another model's version,
 * or one that does not exist, is ignored: the form then starts empty, as without the parameter.
 */
async function startingPoint(principal: Principal, model: ModelDetail, from: string | string[] | undefined) {
  const id = Array.isArray(from) ? from[0] : from;
  if (!id) return undefined;
  const version = await getVersionOrThrow(principal, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  if (!version || version.model.id !== model.id) return undefined;
  return { version: version.version, values: valuesFromVersion(version, model.kind, model.license) };
}
