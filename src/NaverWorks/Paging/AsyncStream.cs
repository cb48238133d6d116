using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace NaverWorks.Paging
{
    /// <summary>The few async-stream operators the module needs (netstandard2.0 has no System.Linq.Async).</summary>
    public static class AsyncStream
    {
        /// <summary>Keeps the items that pass <paramref name="keep"/>, then skips and takes like -Skip/-First; stops reading once enough are out.</summary>
        public static async IAsyncEnumerable<T> Filter<T>(IAsyncEnumerable<T> source, Func<T, bool> keep, ulong skip, ulong first,
            [EnumeratorCancellation] CancellationToken cancellation = default)
        {
            if (first == 0) yield break;
            await foreach (T item in source.WithCancellation(cancellation).ConfigureAwait(false))
            {
                if (!keep(item)) continue;
                if (skip > 0)
                {
                    skip--;
                    continue;
                }
                yield return item;
                if (--first == 0) yield break;
            }
        }

        /// <summary>
        /// Maps each item with an async call, up to <paramref name="parallel"/> at once, keeping the source order:
        /// the next items' calls run while the caller handles the current one.
        /// </summary>
        public static async IAsyncEnumerable<TResult> SelectOrdered<T, TResult>(IAsyncEnumerable<T> source, Func<T, Task<TResult>> map, int parallel,
            [EnumeratorCancellation] CancellationToken cancellation = default)
        {
            var pending = new Queue<Task<TResult>>();
            await foreach (T item in source.WithCancellation(cancellation).ConfigureAwait(false))
            {
                pending.Enqueue(map(item));
                if (pending.Count >= parallel) yield return await pending.Dequeue().ConfigureAwait(false);
            }
            while (pending.Count > 0) yield return await pending.Dequeue().ConfigureAwait(false);
        }
    }
}
