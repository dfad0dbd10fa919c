import { form, id, oneOf, text } from "@/lib/forms/fields";

// What the topics page's forms post.
export const createTopicInput = form({ programmeId: id, name: text(80, { required: true }) });
// The archive button posts the state to move to, so a repeated click changes nothing more.
export const setTopicArchivedInput = form({ programmeId: id, topicId: id, archived: oneOf(["true", "false"]) });
