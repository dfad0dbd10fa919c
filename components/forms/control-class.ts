// How every form control looks: the field components and the prepared selects of GET forms
// (./get-form-select.ts). Not in a "use client" module, so server code can read it.
export const controlClass = "min-h-11 w-full max-w-full rounded-lg border border-slate-500 bg-white px-3 py-2 aria-invalid:border-red-700";
