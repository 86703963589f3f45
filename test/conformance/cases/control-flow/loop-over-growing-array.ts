// A classic for loop whose bound (arr.length) is re-read each iteration while the body pushes (BFS queue).
// Pitfall: caching .Count once, or foreach over a List that is modified (throws in .NET).
export function main(): { order: number[]; visited: boolean[] } {
  const edges = [[1, 2], [3], [3, 4], [], [0]];
  const visited = [true, false, false, false, false];
  const queue = [0];
  const order: number[] = [];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    order.push(node);
    for (const next of edges[node]) {
      if (!visited[next]) {
        visited[next] = true;
        queue.push(next);
      }
    }
  }
  return { order, visited };
}
