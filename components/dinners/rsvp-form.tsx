import { getTranslations } from "@/lib/i18n/server";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { respondToDinnerAction } from "@/app/programmes/[programmeId]/dinners/actions";
import { respondToDinnerInput } from "@/lib/dinners/dinner-input";
import { inputPropsOf } from "@/lib/forms/input-props";
import { RsvpResponse } from "@/lib/generated/prisma/enums";

const responses = Object.values(RsvpResponse);

const buttonStyle: Record<RsvpResponse, string> = {
  YES: "bg-green-800 hover:bg-green-900",
  MAYBE: "bg-amber-700 hover:bg-amber-800",
  NO: "bg-slate-700 hover:bg-slate-800",
};

const fields = inputPropsOf(respondToDinnerInput);

// The three big answer buttons and the dietary needs: a plain form posting to a server
// action (formAction), so it works with JavaScript switched off and ships no client code.
// The action returns to `returnTo`, the page answered from, which shows the new answer.
export async function RsvpForm({
  programmeId,
  dinnerId,
  myAnswer,
  returnTo,
  suggested,
  suggestedAfterSignIn,
  startsAt,
}: {
  programmeId: string;
  dinnerId: string;
  myAnswer: { response: RsvpResponse | null; dietaryNeeds: string };
  returnTo: string;
  // The answer chosen in a reminder e-mail, waiting to be confirmed with one press.
  suggested?: RsvpResponse;
  // The suggested answer is one the member gave while signed out (kept through sign-in).
  suggestedAfterSignIn?: boolean;
  // The start the member sees: posted back, so an answer to a dinner moved meanwhile is refused.
  startsAt?: Date;
}) {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const fieldId = `dietary-${dinnerId}`;
  return (
    <form action={respondToDinnerAction} className="flex flex-col gap-3">
      <HiddenFields values={{ programmeId, dinnerId, returnTo, ...(startsAt ? { seenStartsAt: startsAt.toISOString() } : {}) }} />
      <p className="font-medium" role="status">
        {t("yourAnswer", { answer: common(`rsvp.${myAnswer.response ?? "none"}`) })}
      </p>
      {suggested && suggested !== myAnswer.response && (
        <p className="rounded-lg bg-blue-50 p-3 text-blue-950">{t(suggestedAfterSignIn ? "signedOutAnswer" : "confirmAnswer", { answer: common(`rsvp.${suggested}`) })}</p>
      )}
      <div className="grid grid-cols-[repeat(3,minmax(min-content,1fr))] gap-2">
        {responses.map((response) => (
          <button
            key={response}
            type="submit"
            name={fields.response.name}
            value={response}
            autoFocus={suggested === response && suggested !== myAnswer.response}
            className={`inline-flex min-h-14 items-center justify-center gap-1 rounded-xl px-2 py-2 text-base leading-tight font-bold text-white sm:gap-2 sm:px-4 sm:text-lg ${buttonStyle[response]} ${myAnswer.response === response ? "ring-4 ring-blue-400 ring-offset-2" : ""}`}
          >
            {myAnswer.response === response && <span aria-hidden="true">✓</span>}
            {common(`rsvp.${response}`)}
          </button>
        ))}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={fieldId} className="font-medium">
          {t("dietaryNeeds")}
        </label>
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600">
          {t("dietaryHint")}
        </p>
        <input
          id={fieldId}
          {...fields.dietaryNeeds}
          defaultValue={myAnswer.dietaryNeeds}
          aria-describedby={`${fieldId}-hint`}
          className="min-h-11 rounded-lg border border-slate-500 bg-white px-3 py-2"
        />
        <div className="flex items-start gap-2">
          <input id={`${fieldId}-default`} type="checkbox" name={fields.saveDietaryDefault.name} className="mt-1 size-5" />
          <label htmlFor={`${fieldId}-default`}>{t("saveDietaryDefault")}</label>
        </div>
      </div>
    </form>
  );
}
