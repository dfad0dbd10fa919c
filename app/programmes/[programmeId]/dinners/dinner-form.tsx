"use client";

import { ActionForm, useFormResult } from "@/components/action-form";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { CheckboxField, SelectField, TextAreaField } from "./form-controls";

export type DinnerFormInitial = {
  version?: number;
  startsAt: string;
  endsAt: string;
  venueKind: string;
  venueName: string;
  venueAddress: string;
  hostParty: string | null;
  capacity: number | null;
  guestNotes: string;
};

export type DinnerFormLabels = {
  startsAt: string;
  startsAtHint: string;
  endsAt: string;
  endsAtHint: string;
  venueKind: string;
  venueName: string;
  venueAddress: string;
  hostParty: string;
  hostPartyHint: string;
  noHost: string;
  capacity: string;
  guestNotes: string;
  guestNotesHint: string;
  submit: string;
  newerVersion: string;
};

type Action = (previous: FormState | undefined, formData: FormData) => Promise<FormState>;

// Plan or edit a dinner. After a conflict the fields show the newer version (and its
// version number), so saving again is a deliberate choice.
export function DinnerForm({
  action,
  errorTexts,
  labels,
  initial,
  programmeId,
  dinnerId,
  venueKinds,
  parties,
}: {
  action: Action;
  errorTexts: Record<string, string>;
  labels: DinnerFormLabels;
  initial: DinnerFormInitial;
  programmeId: string;
  dinnerId?: string;
  venueKinds: { value: string; label: string }[];
  parties: { value: string; label: string }[];
}) {
  return (
    <ActionForm action={action} errorTexts={errorTexts}>
      <input type="hidden" name="programmeId" value={programmeId} />
      {dinnerId && <input type="hidden" name="dinnerId" value={dinnerId} />}
      <DinnerFields labels={labels} initial={initial} venueKinds={venueKinds} parties={parties} />
    </ActionForm>
  );
}

function DinnerFields({ labels, initial, venueKinds, parties }: { labels: DinnerFormLabels; initial: DinnerFormInitial; venueKinds: { value: string; label: string }[]; parties: { value: string; label: string }[] }) {
  const result = useFormResult();
  const current = result.message === "conflict" ? (result.data?.current as DinnerFormInitial | undefined) : undefined;
  const values = current ?? initial;
  return (
    <div key={values.version ?? "new"} className="flex flex-col gap-4">
      {current && (
        <section aria-label={labels.newerVersion} className="rounded-lg bg-amber-50 p-3 ring-1 ring-amber-300">
          <h2 className="font-semibold">{labels.newerVersion}</h2>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            <dt>{labels.startsAt}</dt>
            <dd>{current.startsAt.replace("T", " ")}</dd>
            <dt>{labels.endsAt}</dt>
            <dd>{current.endsAt.replace("T", " ")}</dd>
            <dt>{labels.venueName}</dt>
            <dd className="break-words">{current.venueName}</dd>
            <dt>{labels.venueAddress}</dt>
            <dd className="break-words">{current.venueAddress}</dd>
          </dl>
        </section>
      )}
      {values.version !== undefined && <input type="hidden" name="version" value={values.version} />}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label={labels.startsAt} hint={labels.startsAtHint} name="startsAt" type="datetime-local" defaultValue={values.startsAt} required />
        <Field label={labels.endsAt} hint={labels.endsAtHint} name="endsAt" type="datetime-local" defaultValue={values.endsAt} />
      </div>
      <SelectField label={labels.venueKind} name="venueKind" options={venueKinds} defaultValue={values.venueKind} />
      <Field label={labels.venueName} name="venueName" defaultValue={values.venueName} maxLength={120} required />
      <Field label={labels.venueAddress} name="venueAddress" defaultValue={values.venueAddress} maxLength={200} autoComplete="street-address" required />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField label={labels.hostParty} hint={labels.hostPartyHint} name="hostParty" options={[{ value: "", label: labels.noHost }, ...parties]} defaultValue={values.hostParty ?? ""} />
        <Field label={labels.capacity} name="capacity" type="number" inputMode="numeric" min={1} max={9999} defaultValue={values.capacity ?? ""} />
      </div>
      <TextAreaField label={labels.guestNotes} hint={labels.guestNotesHint} name="guestNotes" defaultValue={values.guestNotes} maxLength={1000} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </div>
  );
}

export function CancelDinnerForm({
  action,
  errorTexts,
  programmeId,
  dinnerId,
  version,
  labels,
}: {
  action: Action;
  errorTexts: Record<string, string>;
  programmeId: string;
  dinnerId: string;
  version: number;
  labels: { confirm: string; submit: string };
}) {
  return (
    <ActionForm action={action} errorTexts={errorTexts}>
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="dinnerId" value={dinnerId} />
      <input type="hidden" name="version" value={version} />
      <CheckboxField label={labels.confirm} name="confirm" />
      <SubmitButton className="bg-red-800 hover:bg-red-900">{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
