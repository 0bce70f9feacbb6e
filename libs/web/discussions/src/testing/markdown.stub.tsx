// Stands in for react-markdown (and remark-gfm) in jest, which cannot load their ESM builds.
export default function ReactMarkdown({ children }: { children: string }) {
  return <p>{children}</p>;
}
