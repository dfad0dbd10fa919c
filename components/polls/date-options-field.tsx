"use client";

import { useId } from "react";
import { controlClass } from "@/components/forms/control-class";
import { FieldsetFrame } from "@/components/forms/fieldset-frame";

// Several date-and-time inputs sharing one name (a repeated field): the ones left empty
// are dropped by listOf(). One legend and one error for the group; the first
// `requiredCount` are marked required.
export function DateOptionsField({ legend, name, labels, requiredCount }: { legend: string; name: string; labels: string[]; requiredCount: number }) {
  const id = useId();
  return (
    <FieldsetFrame legend={legend} name={name}>
      {labels.map((label, index) => (
        <div key={index} className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${id}-${index}`} className="font-medium">
            {label}
          </label>
          <input id={`${id}-${index}`} type="datetime-local" name={name} required={index < requiredCount} className={controlClass} />
        </div>
      ))}
    </FieldsetFrame>
  );
}
