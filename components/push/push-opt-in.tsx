"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

type Texts = { turnOn: string; working: string; done: string; unsupported: string; denied: string; failed: string };

// Opt in to push messages on this device: registers the small service worker, subscribes
// with the server's VAPID public key and sends the subscription to the server. Loaded only
// on the account page, so no other page ships this code.
export function PushOptIn({ publicKey, texts }: { publicKey: string; texts: Texts }) {
  const router = useRouter();
  const [state, setState] = useState<keyof Texts | null>(null);
  const turnOn = async () => {
    if (!("serviceWorker" in navigator) || !("PushManager" in window)) return setState("unsupported");
    setState("working");
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("denied");
      const registration = await navigator.serviceWorker.register("/push-sw.js", { scope: "/" });
      await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64Url(publicKey) });
      const json = subscription.toJSON();
      const body = new URLSearchParams({ endpoint: json.endpoint ?? "", p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "", label: navigator.userAgent.slice(0, 100) });
      const response = await fetch("/account/push", { method: "POST", body });
      if (!response.ok) return setState("failed");
      setState("done");
      router.refresh();
    } catch {
      setState("failed");
    }
  };
  return (
    <div className="flex flex-col gap-2" data-push-public-key={publicKey}>
      <div>
        <button type="button" onClick={turnOn} disabled={state === "working"} className="inline-flex min-h-11 items-center justify-center rounded-lg bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-60">
          {texts.turnOn}
        </button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {state && state !== "turnOn" ? texts[state] : ""}
      </p>
    </div>
  );
}

function fromBase64Url(value: string): Uint8Array<ArrayBuffer> {
  const base64 = (value + "=".repeat((4 - (value.length % 4)) % 4)).replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
