-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('PROPOSED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CheckInAnswer" AS ENUM ('CAN_HELP', 'HEARING_THINGS', 'NOT_AVAILABLE');

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "incidentId" TEXT;


-- CreateTable
CREATE TABLE "FirstStepProtocol" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "agreedById" TEXT,
    "agreedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FirstStepProtocol_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirstStepProtocolParty" (
    "protocolId" TEXT NOT NULL,
    "party" "Party" NOT NULL,
    "firstContactId" TEXT,
    "backupId" TEXT,
    "firstHour" TEXT NOT NULL DEFAULT '',
    "firstDay" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "FirstStepProtocolParty_pkey" PRIMARY KEY ("protocolId","party")
);

-- CreateTable
CREATE TABLE "SharingAgreement" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharingAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharingAgreementAcceptance" (
    "agreementId" TEXT NOT NULL,
    "party" "Party" NOT NULL,
    "membershipId" TEXT,
    "acceptedBy" TEXT NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharingAgreementAcceptance_pkey" PRIMARY KEY ("agreementId","party")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'PROPOSED',
    "whatHappened" TEXT NOT NULL,
    "topicId" TEXT,
    "area" TEXT NOT NULL DEFAULT '',
    "level" INTEGER NOT NULL,
    "proposedById" TEXT,
    "openedById" TEXT,
    "openedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "review" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentUpdate" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "fromLevel" INTEGER,
    "toLevel" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentCheckIn" (
    "incidentId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "answer" "CheckInAnswer" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IncidentCheckIn_pkey" PRIMARY KEY ("incidentId","membershipId")
);

-- CreateTable
CREATE TABLE "JointMessage" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "draft" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finalAt" TIMESTAMPTZ(3),

    CONSTRAINT "JointMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointMessageApproval" (
    "messageId" TEXT NOT NULL,
    "party" "Party" NOT NULL,
    "membershipId" TEXT,
    "approvedBy" TEXT NOT NULL,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JointMessageApproval_pkey" PRIMARY KEY ("messageId","party")
);

-- CreateTable
CREATE TABLE "IncidentMeeting" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "pollClosesAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentMeetingOption" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IncidentMeetingOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentMeetingVote" (
    "optionId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "answer" "PollAnswer" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IncidentMeetingVote_pkey" PRIMARY KEY ("optionId","membershipId")
);

-- CreateTable
CREATE TABLE "IncidentMeetingAnswer" (
    "meetingId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "response" "RsvpResponse" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IncidentMeetingAnswer_pkey" PRIMARY KEY ("meetingId","membershipId")
);

-- CreateTable
CREATE TABLE "PushSubscription" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PushSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PushMessage" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "PushMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FirstStepProtocol_programmeId_version_key" ON "FirstStepProtocol"("programmeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "SharingAgreement_programmeId_version_key" ON "SharingAgreement"("programmeId", "version");

-- CreateIndex
CREATE INDEX "Incident_programmeId_status_createdAt_idx" ON "Incident"("programmeId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Incident_programmeId_closedAt_idx" ON "Incident"("programmeId", "closedAt");

-- CreateIndex
CREATE INDEX "IncidentUpdate_incidentId_createdAt_idx" ON "IncidentUpdate"("incidentId", "createdAt");

-- CreateIndex
CREATE INDEX "IncidentCheckIn_membershipId_updatedAt_idx" ON "IncidentCheckIn"("membershipId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JointMessage_incidentId_draft_key" ON "JointMessage"("incidentId", "draft");

-- CreateIndex
CREATE INDEX "IncidentMeeting_programmeId_startsAt_idx" ON "IncidentMeeting"("programmeId", "startsAt");

-- CreateIndex
CREATE INDEX "IncidentMeeting_incidentId_idx" ON "IncidentMeeting"("incidentId");

-- CreateIndex
CREATE INDEX "IncidentMeetingOption_meetingId_idx" ON "IncidentMeetingOption"("meetingId");

-- CreateIndex
CREATE INDEX "IncidentMeetingAnswer_membershipId_updatedAt_idx" ON "IncidentMeetingAnswer"("membershipId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PushSubscription_endpoint_key" ON "PushSubscription"("endpoint");

-- CreateIndex
CREATE INDEX "PushSubscription_personId_idx" ON "PushSubscription"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PushMessage_dedupeKey_key" ON "PushMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "PushMessage_sentAt_createdAt_idx" ON "PushMessage"("sentAt", "createdAt");

-- CreateIndex
CREATE INDEX "Action_programmeId_createdAt_idx" ON "Action"("programmeId", "createdAt");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirstStepProtocol" ADD CONSTRAINT "FirstStepProtocol_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirstStepProtocolParty" ADD CONSTRAINT "FirstStepProtocolParty_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "FirstStepProtocol"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingAgreement" ADD CONSTRAINT "SharingAgreement_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingAgreementAcceptance" ADD CONSTRAINT "SharingAgreementAcceptance_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "SharingAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentUpdate" ADD CONSTRAINT "IncidentUpdate_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentUpdate" ADD CONSTRAINT "IncidentUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentCheckIn" ADD CONSTRAINT "IncidentCheckIn_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentCheckIn" ADD CONSTRAINT "IncidentCheckIn_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMessage" ADD CONSTRAINT "JointMessage_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMessageApproval" ADD CONSTRAINT "JointMessageApproval_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "JointMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentMeeting" ADD CONSTRAINT "IncidentMeeting_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentMeetingOption" ADD CONSTRAINT "IncidentMeetingOption_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "IncidentMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentMeetingVote" ADD CONSTRAINT "IncidentMeetingVote_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "IncidentMeetingOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentMeetingVote" ADD CONSTRAINT "IncidentMeetingVote_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentMeetingAnswer" ADD CONSTRAINT "IncidentMeetingAnswer_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "IncidentMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentMeetingAnswer" ADD CONSTRAINT "IncidentMeetingAnswer_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushSubscription" ADD CONSTRAINT "PushSubscription_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushMessage" ADD CONSTRAINT "PushMessage_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "PushSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;
