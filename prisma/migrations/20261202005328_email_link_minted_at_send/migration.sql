-- AlterTable
ALTER TABLE "Email" ADD COLUMN     "linkKind" TEXT,
ADD COLUMN     "linkRef" TEXT;
