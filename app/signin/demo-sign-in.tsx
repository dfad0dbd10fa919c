// A plain HTML form: demo sign-in needs no JavaScript.
export function DemoSignIn({ accounts, callbackUrl }: { accounts: { key: string; label: string; name: string }[]; callbackUrl: string }) {
  return (
    <form method="post" action="/api/demo-sign-in" className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {accounts.map((account) => (
        <button
          key={account.key}
          type="submit"
          name="account"
          value={account.key}
          className="inline-flex min-h-11 flex-col items-start rounded-lg bg-slate-800 px-4 py-2 text-left font-semibold text-white hover:bg-slate-900"
        >
          <span>{account.label}</span>
          <span className="text-sm font-normal">{account.name}</span>
        </button>
      ))}
    </form>
  );
}
