import { getTranslations } from "@/lib/i18n/server";
import { cardClass } from "@/components/page/card";
import { html, phoneLink } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { getMemberDirectory } from "@/lib/members/get-member-directory";

type Member = Awaited<ReturnType<typeof getMemberDirectory>>["members"][number];

// Everyone in the programme, with the phone numbers of those who agreed to share them.
// Cards of text and links, no interaction: prepared markup (decision 026), every value escaped.
export async function MemberDirectory({ programmeId, members, canManage }: { programmeId: string; members: Member[]; canManage: boolean }) {
  const t = await getTranslations("members");
  const common = await getTranslations("common");
  const cards = html`${members.map(
    (member) =>
      html`<li class="${cardClass} flex flex-col gap-1"><p class="font-semibold">${member.name}${member.isYou ? html`<span class="font-normal text-slate-700"> (${t("you")})</span>` : ""}</p><p class="text-sm text-slate-700">${common(`roles.${member.role}`)} · ${common(`parties.${member.party}`)}${member.organisation ? ` · ${member.organisation}` : ""}</p>${
        member.phone
          ? html`<p><span class="sr-only">${t("phone")}: </span>${phoneLink(member.phone)}</p>`
          : html`<p class="text-sm text-slate-600">${t("noPhone")}</p>`
      }${canManage ? html`<p><a href="/programmes/${programmeId}/members/${member.membershipId}" class="text-sm">${t("edit", { name: member.name })}</a></p>` : ""}</li>`,
  )}`;
  return (
    <Section id="directory" title={`${t("title")} (${members.length})`} hint={t("contactsNotice")}>
      <ul className="grid grid-cols-1 gap-2 md:grid-cols-2" dangerouslySetInnerHTML={cards} />
    </Section>
  );
}
