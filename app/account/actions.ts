"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { erasePerson } from "@/lib/account/erase-person";
import { updateAccount } from "@/lib/account/update-account";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { serverAction } from "@/lib/forms/server-action";

const accountSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  phone: z.string().trim().max(40).regex(/^[+\d\s().-]*$/, "invalid").optional(),
  locale: z.enum(["", "en", "nl"]).optional(),
  dietaryNeeds: z.string().trim().max(500).optional(),
  sharePhoneWith: z.union([z.string().max(64), z.array(z.string().max(64)).max(100)]).optional(),
  // Present when the form shows the consent checkboxes, so that none ticked means "share with nobody".
  consentShown: z.literal("1").optional(),
}).refine((input) => Object.values(input).some((value) => value !== undefined), { message: "required", path: ["form"] });

export const updateAccountAction = serverAction(accountSchema, async (viewer, input) => {
  const ticked = input.sharePhoneWith === undefined ? [] : Array.isArray(input.sharePhoneWith) ? input.sharePhoneWith : [input.sharePhoneWith];
  await updateAccount(viewer, {
    name: input.name,
    phone: input.phone,
    dietaryNeeds: input.dietaryNeeds,
    locale: input.locale === undefined ? undefined : input.locale || null,
    sharePhoneWith: input.consentShown ? ticked : undefined,
  });
  revalidatePath("/", "layout");
});

const eraseSchema = z.object({ confirm: z.unknown().refine((value) => value === "yes", "confirmRequired") });

export const eraseAccountAction = serverAction(eraseSchema, async (viewer) => {
  await erasePerson(viewer);
  await clearSessionCookie();
  redirect("/signin");
});
