using System;
using System.Collections.Generic;
using System.Linq;

namespace NaverWorks.Bulk
{
    /// <summary>
    /// Orders a stream of rows that form a tree (departments under their parents) so each row starts only
    /// once its parent exists: a row whose parent comes later in the input waits for it, a row whose parent
    /// is not in the input at all is handed back at the end of input to be checked against the service, and
    /// what can never start (a failed or skipped parent, a cycle) becomes a row failure with the reason.
    /// </summary>
    /// <remarks>
    /// Waiting rows are held here, not in the bulk executor: a row that occupied an executor slot while
    /// waiting could starve its own parent of a slot. Not thread-safe: use it from the pipeline thread.
    /// </remarks>
    public sealed class ParentsFirstOrder<T>
    {
        private readonly string _root;
        private readonly Dictionary<string, Owner> _keys = new Dictionary<string, Owner>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Entry>> _waiting = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Entry>> _unseen = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        private readonly Queue<Entry> _ready = new Queue<Entry>();
        private readonly List<KeyValuePair<Entry, string>> _failed = new List<KeyValuePair<Entry, string>>();

        /// <summary>Creates an empty order.</summary>
        /// <param name="root">The parent value of a top-level row ("#" for WORKPLACE departments); such rows start at once.</param>
        public ParentsFirstOrder(string root) => _root = root;

        private enum State { Pending, Created, Failed, Skipped }

        /// <summary>True when rows are ready to start.</summary>
        public bool HasReady => _ready.Count > 0;

        /// <summary>Takes in a confirmed input row.</summary>
        public void Add(long row, string key, string parent, T item)
        {
            var entry = new Entry(row, key, parent, item);
            if (_keys.TryGetValue(key, out Owner? first))
            {
                // Not a cascade: the key belongs to the first row, whose children must not fail with this one.
                _failed.Add(new KeyValuePair<Entry, string>(entry, $"The ExternalKey '{key}' is already used by row {first.Entry.Row} of this input."));
                return;
            }
            _keys[key] = new Owner(entry);
            // Rows that arrived before this one now wait for it to finish.
            if (_unseen.TryGetValue(key, out List<Entry>? early))
            {
                _unseen.Remove(key);
                WaitersOf(key).AddRange(early);
            }
            if (parent == key)
            {
                Fail(entry, "A department cannot be its own parent.");
                return;
            }
            if (parent == _root)
            {
                _ready.Enqueue(entry);
                return;
            }
            if (!_keys.TryGetValue(parent, out Owner? owner))
            {
                UnseenOf(parent).Add(entry);
                return;
            }
            switch (owner.State)
            {
                case State.Created: _ready.Enqueue(entry); break;
                case State.Pending: WaitersOf(parent).Add(entry); break;
                default: Fail(entry, ParentNotCreated(owner)); break;
            }
        }

        /// <summary>Takes in an input row that will not be created (-WhatIf, or declined at -Confirm).</summary>
        public void Skip(long row, string key, string parent)
        {
            if (_keys.ContainsKey(key)) return;
            var entry = new Entry(row, key, parent, default!);
            var owner = new Owner(entry) { State = State.Skipped };
            _keys[key] = owner;
            if (_unseen.TryGetValue(key, out List<Entry>? early))
            {
                _unseen.Remove(key);
                foreach (Entry child in early) Fail(child, ParentNotCreated(owner));
            }
        }

        /// <summary>Records how a started row ended, releasing or failing the rows that wait for it.</summary>
        public void Finished(string key, bool created)
        {
            if (!_keys.TryGetValue(key, out Owner? owner)) return;
            owner.State = created ? State.Created : State.Failed;
            if (!_waiting.TryGetValue(key, out List<Entry>? children)) return;
            _waiting.Remove(key);
            foreach (Entry child in children)
            {
                if (created) _ready.Enqueue(child);
                else Fail(child, ParentNotCreated(owner));
            }
        }

        /// <summary>The next row to start, if any.</summary>
        public bool TryTakeReady(out Entry entry)
        {
            if (_ready.Count > 0)
            {
                entry = _ready.Dequeue();
                return true;
            }
            entry = null!;
            return false;
        }

        /// <summary>Rows that can never start, with the reason, since the last call.</summary>
        public IReadOnlyList<KeyValuePair<Entry, string>> TakeFailed()
        {
            if (_failed.Count == 0) return Array.Empty<KeyValuePair<Entry, string>>();
            var taken = _failed.ToArray();
            _failed.Clear();
            return taken;
        }

        /// <summary>
        /// At the end of input: the rows whose parent never appeared in it. The caller starts them after
        /// checking that the parent exists in the service; their outcome is reported with <see cref="Finished"/>.
        /// </summary>
        public IReadOnlyList<Entry> EndOfInput()
        {
            var rows = _unseen.Values.SelectMany(list => list).OrderBy(e => e.Row).ToList();
            _unseen.Clear();
            return rows;
        }

        /// <summary>
        /// After every started row has finished: the rows still waiting. Their parents never finished, so the
        /// chain loops; each is failed with the loop it is in or waits on.
        /// </summary>
        public IReadOnlyList<KeyValuePair<Entry, string>> FailUnfinished()
        {
            var stuck = _waiting.Values.SelectMany(list => list).OrderBy(e => e.Row).ToList();
            _waiting.Clear();
            foreach (Entry entry in stuck)
            {
                _keys[entry.Key].State = State.Failed;
                _failed.Add(new KeyValuePair<Entry, string>(entry, DescribeLoop(entry)));
            }
            return TakeFailed();
        }

        private string DescribeLoop(Entry entry)
        {
            var path = new List<string> { entry.Key };
            string current = entry.Parent;
            // Bounded by the number of keys, so even a corrupt chain cannot loop here.
            while (path.Count <= _keys.Count + 1 && !path.Contains(current) && _keys.TryGetValue(current, out Owner? owner))
            {
                path.Add(current);
                current = owner.Entry.Parent;
            }
            int start = path.IndexOf(current);
            if (start < 0) return $"Its parent '{entry.Parent}' never finished.";
            string loop = string.Join(" → ", path.Skip(start).Concat(new[] { current }));
            return start == 0
                ? $"The ParentExternalKey values form a cycle: {loop}."
                : $"Its ancestor '{path[start]}' is in a ParentExternalKey cycle: {loop}.";
        }

        private void Fail(Entry entry, string reason)
        {
            var pending = new Stack<KeyValuePair<Entry, string>>();
            pending.Push(new KeyValuePair<Entry, string>(entry, reason));
            while (pending.Count > 0)
            {
                var next = pending.Pop();
                _failed.Add(next);
                Owner owner = _keys[next.Key.Key];
                owner.State = State.Failed;
                if (!_waiting.TryGetValue(next.Key.Key, out List<Entry>? children)) continue;
                _waiting.Remove(next.Key.Key);
                foreach (Entry child in children) pending.Push(new KeyValuePair<Entry, string>(child, ParentNotCreated(owner)));
            }
        }

        private static string ParentNotCreated(Owner parent) =>
            $"Its parent '{parent.Entry.Key}' (row {parent.Entry.Row}) was {(parent.State == State.Skipped ? "skipped" : "not created")}.";

        private List<Entry> WaitersOf(string parent) => ListFor(_waiting, parent);

        private List<Entry> UnseenOf(string parent) => ListFor(_unseen, parent);

        private static List<Entry> ListFor(Dictionary<string, List<Entry>> map, string key)
        {
            if (!map.TryGetValue(key, out List<Entry>? list)) map[key] = list = new List<Entry>();
            return list;
        }

        /// <summary>One input row.</summary>
        public sealed class Entry
        {
            internal Entry(long row, string key, string parent, T item)
            {
                Row = row;
                Key = key;
                Parent = parent;
                Item = item;
            }

            /// <summary>1-based position in the input.</summary>
            public long Row { get; }

            /// <summary>The row's own key.</summary>
            public string Key { get; }

            /// <summary>The parent's key.</summary>
            public string Parent { get; }

            /// <summary>The row.</summary>
            public T Item { get; }
        }

        private sealed class Owner
        {
            public Owner(Entry entry) => Entry = entry;

            public Entry Entry { get; }

            public State State { get; set; }
        }
    }
}
