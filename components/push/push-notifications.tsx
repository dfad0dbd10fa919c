import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { removePushDeviceAction } from "@/app/account/push-actions";
import { PushOptIn } from "./push-opt-in";

type Settings = { publicKey: string; devices: { id: string; label: string; createdAt: Date }[] };

// Push messages when an incident opens: opt in per device; the devices that did, to remove.
export async function PushNotifications({ settings }: { settings: Settings }) {
  const t = await getTranslations("incidents.push");
  const format = await getFormatter();
  const texts = await formTexts("incidents");
  return (
    <Section id="notifications" title={t("title")} hint={t("hint")} card>
      <PushOptIn publicKey={settings.publicKey} texts={{ turnOn: t("turnOn"), working: t("working"), done: t("done"), unsupported: t("unsupported"), denied: t("denied"), failed: t("failed") }} />
      {settings.devices.length === 0 ? (
        <p>{t("noDevices")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {settings.devices.map((device) => (
            <li key={device.id} className="flex flex-wrap items-center justify-between gap-2">
              <span className="min-w-0 break-words">
                {device.label || t("device")} · {format.dateTime(device.createdAt, { dateStyle: "medium" })}
              </span>
              <Form action={removePushDeviceAction} texts={texts} className="flex">
                <HiddenFields values={{ subscriptionId: device.id }} />
                <SubmitButton tone="secondary">{t("remove")}</SubmitButton>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
