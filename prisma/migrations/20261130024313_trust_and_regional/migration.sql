-- AlterTable
ALTER TABLE "TrustCheck" DROP COLUMN "createdAt",
DROP COLUMN "score",
ADD COLUMN     "keepsPromises" INTEGER,
ADD COLUMN     "party" "Party" NOT NULL,
ADD COLUMN     "speakFreely" INTEGER,
ADD COLUMN     "wouldCall" INTEGER;

-- CreateTable
CREATE TABLE "TrustCheckRequest" (
    "dinnerId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrustCheckRequest_pkey" PRIMARY KEY ("dinnerId","membershipId")
);

-- CreateTable
CREATE TABLE "RegionalCoordinator" (
    "personId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "appointedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionalCoordinator_pkey" PRIMARY KEY ("personId","programmeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrustCheckRequest_tokenHash_key" ON "TrustCheckRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "TrustCheckRequest_membershipId_idx" ON "TrustCheckRequest"("membershipId");

-- CreateIndex
CREATE INDEX "RegionalCoordinator_programmeId_idx" ON "RegionalCoordinator"("programmeId");

-- AddForeignKey
ALTER TABLE "TrustCheckRequest" ADD CONSTRAINT "TrustCheckRequest_dinnerId_fkey" FOREIGN KEY ("dinnerId") REFERENCES "Dinner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustCheckRequest" ADD CONSTRAINT "TrustCheckRequest_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalCoordinator" ADD CONSTRAINT "RegionalCoordinator_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalCoordinator" ADD CONSTRAINT "RegionalCoordinator_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
