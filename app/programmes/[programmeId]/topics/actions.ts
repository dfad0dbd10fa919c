"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "@/lib/forms/server-action";
import { createTopic } from "@/lib/topics/create-topic";
import { setTopicArchived } from "@/lib/topics/set-topic-archived";

const id = z.string().max(64);

export const createTopicAction = serverAction(
  z.object({ programmeId: id, name: z.string().trim().min(1).max(80) }),
  async (viewer, input) => {
    await createTopic(viewer, input.programmeId, input.name);
    revalidatePath(`/programmes/${input.programmeId}/topics`);
    return { ok: true, message: "topicAdded" };
  },
);

export const setTopicArchivedAction = serverAction(
  z.object({ programmeId: id, topicId: id, archived: z.enum(["true", "false"]) }),
  async (viewer, input) => {
    await setTopicArchived(viewer, input.programmeId, input.topicId, input.archived === "true");
    revalidatePath(`/programmes/${input.programmeId}/topics`);
  },
);
