import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import type { getMemberDirectory } from "@/lib/members/get-member-directory";

type Member = Awaited<ReturnType<typeof getMemberDirectory>>["members"][number];

// Everyone in the programme, with the phone numbers of those who agreed to share them.
export async function MemberDirectory({ programmeId, members, canManage }: { programmeId: string; members: Member[]; canManage: boolean }) {
  const t = await getTranslations("members");
  const common = await getTranslations("common");
  return (
    <Section id="directory" title={`${t("title")} (${members.length})`} hint={t("contactsNotice")}>
      <ul className="grid grid-cols-1 gap-2 md:grid-cols-2">
        {members.map((member) => (
          <Card as="li" key={member.membershipId} className="flex flex-col gap-1">
            <p className="font-semibold">
              {member.name}
              {member.isYou && <span className="font-normal text-slate-700"> ({t("you")})</span>}
            </p>
            <p className="text-sm text-slate-700">
              {common(`roles.${member.role}`)} · {common(`parties.${member.party}`)}
              {member.organisation && ` · ${member.organisation}`}
            </p>
            {member.phone ? (
              <p>
                <span className="sr-only">{t("phone")}: </span>
                <a href={`tel:${member.phone.replace(/[^+\d]/g, "")}`}>{member.phone}</a>
              </p>
            ) : (
              <p className="text-sm text-slate-600">{t("noPhone")}</p>
            )}
            {canManage && (
              <p>
                <Link href={`/programmes/${programmeId}/members/${member.membershipId}`} className="text-sm">
                  {t("edit", { name: member.name })}
                </Link>
              </p>
            )}
          </Card>
        ))}
      </ul>
    </Section>
  );
}
