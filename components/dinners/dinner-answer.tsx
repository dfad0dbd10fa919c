import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";
import { RsvpForm } from "./rsvp-form";

// "Are you coming?" with the answer buttons, while the dinner takes answers.
export async function DinnerAnswer({ programmeId, dinnerId, myAnswer, returnTo, suggested, suggestedAfterSignIn, startsAt }: { programmeId: string; dinnerId: string; myAnswer: { response: RsvpResponse | null; dietaryNeeds: string }; returnTo: string; suggested?: RsvpResponse; suggestedAfterSignIn?: boolean; startsAt?: Date }) {
  const t = await getTranslations("dinners");
  return (
    <Section id="answer" title={t("areYouComing")} card>
      <RsvpForm programmeId={programmeId} dinnerId={dinnerId} myAnswer={myAnswer} returnTo={returnTo} suggested={suggested} suggestedAfterSignIn={suggestedAfterSignIn} startsAt={startsAt} />
    </Section>
  );
}
