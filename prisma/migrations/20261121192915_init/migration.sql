-- CreateEnum
CREATE TYPE "Party" AS ENUM ('POLICE', 'MUNICIPALITY', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('COORDINATOR', 'POLICE_LIAISON', 'ALLY');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'nl');

-- CreateEnum
CREATE TYPE "DinnerStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VenueKind" AS ENUM ('POLICE_STATION', 'TOWN_HALL', 'COMMUNITY_VENUE', 'OTHER');

-- CreateEnum
CREATE TYPE "RsvpResponse" AS ENUM ('YES', 'MAYBE', 'NO');

-- CreateEnum
CREATE TYPE "PollAnswer" AS ENUM ('YES', 'IF_NEED_BE', 'NO');

-- CreateEnum
CREATE TYPE "TopicKey" AS ENUM ('RADICALISATION', 'POLARISATION', 'NUISANCE', 'POVERTY');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('ALL_MEMBERS', 'PROFESSIONALS');

-- CreateEnum
CREATE TYPE "ActionLead" AS ENUM ('POLICE', 'MUNICIPALITY', 'COMMUNITY', 'JOINT');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "policeTeam" TEXT NOT NULL,
    "neighbourhood" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "dinnersPerYearTarget" INTEGER NOT NULL DEFAULT 5,
    "groupChatUrl" TEXT,
    "reminderDaysBefore" INTEGER[] DEFAULT ARRAY[7, 1]::INTEGER[],
    "policeMayPlanDinners" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMPTZ(3),
    "phone" TEXT,
    "locale" "Locale",
    "dietaryNeeds" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "calendarToken" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "party" "Party" NOT NULL,
    "role" "Role" NOT NULL,
    "organisation" TEXT,
    "commitmentAcceptedAt" TIMESTAMPTZ(3),
    "consentToSharePhone" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "party" "Party" NOT NULL,
    "role" "Role" NOT NULL,
    "organisation" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "invitedById" TEXT,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dinner" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venueKind" "VenueKind" NOT NULL DEFAULT 'OTHER',
    "venueName" TEXT NOT NULL,
    "venueAddress" TEXT NOT NULL,
    "hostParty" "Party",
    "capacity" INTEGER,
    "guestNotes" TEXT,
    "status" "DinnerStatus" NOT NULL DEFAULT 'PLANNED',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Dinner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rsvp" (
    "id" TEXT NOT NULL,
    "dinnerId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "response" "RsvpResponse",
    "dietaryNeeds" TEXT,
    "attended" BOOLEAN,
    "respondedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Rsvp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatePoll" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "dinnerId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatePoll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatePollOption" (
    "id" TEXT NOT NULL,
    "pollId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DatePollOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatePollVote" (
    "optionId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "answer" "PollAnswer" NOT NULL,

    CONSTRAINT "DatePollVote_pkey" PRIMARY KEY ("optionId","membershipId")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "key" "TopicKey",
    "name" TEXT,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "dinnerId" TEXT NOT NULL,
    "topicId" TEXT,
    "title" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "visibility" "Visibility" NOT NULL DEFAULT 'ALL_MEMBERS',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "dinnerId" TEXT,
    "topicId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "leadParty" "ActionLead" NOT NULL,
    "dueDate" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "dropReason" TEXT,
    "completedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionOwner" (
    "actionId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,

    CONSTRAINT "ActionOwner_pkey" PRIMARY KEY ("actionId","membershipId")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "fromStatus" "ActionStatus",
    "toStatus" "ActionStatus",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustCheck" (
    "id" TEXT NOT NULL,
    "dinnerId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustCheckReceipt" (
    "dinnerId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,

    CONSTRAINT "TrustCheckReceipt_pkey" PRIMARY KEY ("dinnerId","membershipId")
);

-- CreateTable
CREATE TABLE "ReadinessPoint" (
    "programmeId" TEXT NOT NULL,
    "point" INTEGER NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReadinessPoint_pkey" PRIMARY KEY ("programmeId","point")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT,
    "actorId" TEXT,
    "kind" TEXT NOT NULL,
    "subjectId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Email" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "Email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Person_calendarToken_key" ON "Person"("calendarToken");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_programmeId_personId_key" ON "Membership"("programmeId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_programmeId_createdAt_idx" ON "Invitation"("programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "Dinner_programmeId_startsAt_idx" ON "Dinner"("programmeId", "startsAt");

-- CreateIndex
CREATE INDEX "Rsvp_membershipId_idx" ON "Rsvp"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Rsvp_dinnerId_membershipId_key" ON "Rsvp"("dinnerId", "membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "DatePoll_dinnerId_key" ON "DatePoll"("dinnerId");

-- CreateIndex
CREATE INDEX "DatePoll_programmeId_idx" ON "DatePoll"("programmeId");

-- CreateIndex
CREATE INDEX "DatePollOption_pollId_idx" ON "DatePollOption"("pollId");

-- CreateIndex
CREATE INDEX "Topic_programmeId_idx" ON "Topic"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_programmeId_key_key" ON "Topic"("programmeId", "key");

-- CreateIndex
CREATE INDEX "AgendaItem_dinnerId_position_idx" ON "AgendaItem"("dinnerId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_topicId_idx" ON "AgendaItem"("topicId");

-- CreateIndex
CREATE INDEX "Action_programmeId_status_dueDate_idx" ON "Action"("programmeId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Action_dinnerId_idx" ON "Action"("dinnerId");

-- CreateIndex
CREATE INDEX "Action_topicId_idx" ON "Action"("topicId");

-- CreateIndex
CREATE INDEX "ActionOwner_membershipId_idx" ON "ActionOwner"("membershipId");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_createdAt_idx" ON "ActionUpdate"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "TrustCheck_dinnerId_idx" ON "TrustCheck"("dinnerId");

-- CreateIndex
CREATE INDEX "AuditEvent_programmeId_createdAt_idx" ON "AuditEvent"("programmeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Email_dedupeKey_key" ON "Email"("dedupeKey");

-- CreateIndex
CREATE INDEX "Email_sentAt_createdAt_idx" ON "Email"("sentAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_personId_idx" ON "Session"("personId");

-- CreateIndex
CREATE INDEX "Account_personId_idx" ON "Account"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dinner" ADD CONSTRAINT "Dinner_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_dinnerId_fkey" FOREIGN KEY ("dinnerId") REFERENCES "Dinner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePoll" ADD CONSTRAINT "DatePoll_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePoll" ADD CONSTRAINT "DatePoll_dinnerId_fkey" FOREIGN KEY ("dinnerId") REFERENCES "Dinner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePollOption" ADD CONSTRAINT "DatePollOption_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "DatePoll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePollVote" ADD CONSTRAINT "DatePollVote_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "DatePollOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePollVote" ADD CONSTRAINT "DatePollVote_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_dinnerId_fkey" FOREIGN KEY ("dinnerId") REFERENCES "Dinner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_dinnerId_fkey" FOREIGN KEY ("dinnerId") REFERENCES "Dinner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionOwner" ADD CONSTRAINT "ActionOwner_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionOwner" ADD CONSTRAINT "ActionOwner_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustCheck" ADD CONSTRAINT "TrustCheck_dinnerId_fkey" FOREIGN KEY ("dinnerId") REFERENCES "Dinner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustCheckReceipt" ADD CONSTRAINT "TrustCheckReceipt_dinnerId_fkey" FOREIGN KEY ("dinnerId") REFERENCES "Dinner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustCheckReceipt" ADD CONSTRAINT "TrustCheckReceipt_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessPoint" ADD CONSTRAINT "ReadinessPoint_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
