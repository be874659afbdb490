export function ComingSoon({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <div className="empty-state" role="status">
        {children}
      </div>
    </section>
  );
}
