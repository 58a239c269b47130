import { SectionLoading } from "@/components/admin/section-loading";

export default function Loading() {
  return <SectionLoading label="Loading your account" />;
}
