"use server";

import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { createTopic } from "@/lib/topics/create-topic";
import { setTopicArchived } from "@/lib/topics/set-topic-archived";
import { createTopicInput, setTopicArchivedInput } from "@/lib/topics/topic-input";

export const createTopicAction = serverAction(createTopicInput, async (viewer, input) => {
  await createTopic(viewer, input.programmeId, input.name);
  refreshPages();
  return { ok: true, message: "topicAdded" };
});

export const setTopicArchivedAction = serverAction(setTopicArchivedInput, async (viewer, input) => {
  await setTopicArchived(viewer, input.programmeId, input.topicId, input.archived === "true");
  refreshPages();
});
