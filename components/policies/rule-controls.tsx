"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldMessages, inputClassName } from "@/components/ui/form-field";
import { RISK_LABELS, RISK_TIERS } from "@/lib/labels";

type GroupProps = { id: string; label: string; hint?: string; error?: string; children: React.ReactNode };

/** A labelled group of controls (checkboxes, three numbers) with its hint and error, reachable by id. */
export function ControlGroup({ id, label, hint, error, children }: GroupProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className="focus:outline-none">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <div className="mt-1">{children}</div>
      <FieldMessages id={id} hint={hint} error={error} />
    </fieldset>
  );
}

export function CheckboxGroup(
  props: Omit<GroupProps, "children"> & {
    options: { value: string; label: string }[];
    value: string[];
    onChange: (value: string[]) => void;
  },
) {
  const { options, value, onChange, ...group } = props;
  const toggle = (option: string, on: boolean) =>
    onChange(on ? [...value, option] : value.filter((item) => item !== option));
  return (
    <ControlGroup {...group}>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              className="h-4 w-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-500"
            />
            {option.label}
          </label>
        ))}
      </div>
    </ControlGroup>
  );
}

/** Minimal, limited and high risk: how many officers each needs. */
export function TiersInput(
  props: Omit<GroupProps, "children"> & {
    value: Record<string, string>;
    errorOf: (tier: string) => string | undefined;
    onChange: (value: Record<string, string>) => void;
  },
) {
  const { value, errorOf, onChange, ...group } = props;
  return (
    <ControlGroup {...group}>
      <div className="grid grid-cols-3 gap-3">
        {RISK_TIERS.map((tier) => {
          const id = `${group.id}-${tier}`;
          const error = errorOf(tier);
          return (
            <div key={tier}>
              <label htmlFor={id} className="block text-xs font-medium text-slate-700">
                {RISK_LABELS[tier]} risk
              </label>
              <input
                id={id}
                type="number"
                min={1}
                max={5}
                step={1}
                value={value[tier] ?? ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(event) => onChange({ ...value, [tier]: event.target.value })}
                className={`mt-1 ${inputClassName(!!error)}`}
              />
              <FieldMessages id={id} error={error} />
            </div>
          );
        })}
      </div>
    </ControlGroup>
  );
}

/** A list of short texts typed one at a time (licences), each removable. */
export function TagListInput(
  props: Omit<GroupProps, "children"> & {
    placeholder: string;
    value: string[];
    onChange: (value: string[]) => void;
  },
) {
  const { id, label, hint, error, placeholder, value, onChange } = props;
  const [text, setText] = useState("");
  const add = () => {
    const item = text.trim();
    if (item && !value.some((existing) => existing.toLowerCase() === item.toLowerCase()))
      onChange([...value, item]);
    setText("");
  };
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {value.length > 0 && (
        <ul aria-label={`${label} chosen`} className="mt-1 flex flex-wrap gap-1.5">
          {value.map((item) => (
            <li
              key={item}
              className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pl-2.5 pr-1 text-xs font-medium text-indigo-800 ring-1 ring-inset ring-indigo-200"
            >
              {item}
              <button
                type="button"
                aria-label={`Remove ${item}`}
                onClick={() => onChange(value.filter((existing) => existing !== item))}
                className="rounded-full px-1.5 text-indigo-700 hover:bg-indigo-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          value={text}
          placeholder={placeholder}
          maxLength={100}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => setText(event.target.value)}
          // A licence typed but not yet added is kept when the officer moves on.
          onBlur={add}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            add();
          }}
          className={inputClassName(!!error)}
        />
        <Button variant="secondary" onClick={add} disabled={!text.trim()}>
          Add
        </Button>
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
