import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addActionUpdate } from "@/lib/actions/add-action-update";
import { logAction } from "@/lib/actions/log-action";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { viewerOf } from "@/tests/support/viewers";
import { submissionKey } from "./fields";
import { newSubmissionKey } from "./submission-key";

async function coordinatorWithTopic() {
  const programme = await createProgramme(db);
  const { person, membership } = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  const topic = await db.topic.create({ data: { programmeId: programme.id, key: "NUISANCE", name: "Nuisance" } }).catch(() => db.topic.findFirstOrThrow({ where: { programmeId: programme.id } }));
  return { programme, viewer: await viewerOf(person.id), membership, topic };
}

const newAction = (topicId: string, ownerId: string, key: string | null) => ({
  title: "Walk the square together",
  description: "",
  topicId,
  leadParty: "MUNICIPALITY" as const,
  dueDate: null,
  dinnerId: null,
  ownerIds: [ownerId],
  submissionKey: key,
});

describe("submission keys: a double tap or a retry writes once", () => {
  it("the field rule: fresh keys pass, odd ones are refused, none is allowed", () => {
    expect(submissionKey.parse(newSubmissionKey())).toMatch(/^[\w-]{24}$/);
    expect(submissionKey.parse(undefined)).toBeNull();
    expect(submissionKey.safeParse("x").success).toBe(false);
    expect(submissionKey.safeParse("a\u0000".repeat(10)).success).toBe(false);
  });

  it("logging an action: the same key five times at once logs one action and answers its id every time", async () => {
    const { programme, viewer, membership, topic } = await coordinatorWithTopic();
    const key = newSubmissionKey();
    const results = await Promise.all(Array.from({ length: 5 }, () => logAction(viewer, programme.id, newAction(topic.id, membership.id, key))));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.action.count({ where: { programmeId: programme.id } })).toBe(1);
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `action-assigned:${results[0]!.id}:` } } })).toBe(1);
    // A new render has a new key: the next genuine submission writes.
    await logAction(viewer, programme.id, newAction(topic.id, membership.id, newSubmissionKey()));
    expect(await db.action.count({ where: { programmeId: programme.id } })).toBe(2);
  });

  it("adding an update: a retry with the same key after the first was saved writes nothing and is no conflict", async () => {
    const { programme, viewer, membership, topic } = await coordinatorWithTopic();
    const action = await logAction(viewer, programme.id, newAction(topic.id, membership.id, null));
    const key = newSubmissionKey();
    await addActionUpdate(viewer, programme.id, action.id, 1, { text: "Spoke to the school", submissionKey: key });
    await addActionUpdate(viewer, programme.id, action.id, 1, { text: "Spoke to the school", submissionKey: key });
    await Promise.all([1, 2].map(() => addActionUpdate(viewer, programme.id, action.id, 1, { text: "Spoke to the school", submissionKey: key })));
    expect(await db.actionUpdate.count({ where: { actionId: action.id } })).toBe(1);
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).version).toBe(2);
  });
});
