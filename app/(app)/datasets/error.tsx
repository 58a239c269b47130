"use client";

export { SectionError as default } from "@/components/admin/section-error";
