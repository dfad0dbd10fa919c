-- A joint message's draft records its author's membership: erasure and the personal-data
-- export find a person's drafts by it, not by a name the person may have changed since.
ALTER TABLE "JointMessage" ADD COLUMN "authorId" TEXT;
-- Drafts written before: the member of the incident's programme whose name the draft
-- carries (when exactly one member has that name).
UPDATE "JointMessage" j SET "authorId" = (
  SELECT min(m."id") FROM "Incident" i JOIN "Membership" m ON m."programmeId" = i."programmeId" JOIN "Person" p ON p."id" = m."personId"
  WHERE i."id" = j."incidentId" AND p."name" = j."authorName"
  HAVING count(*) = 1);
