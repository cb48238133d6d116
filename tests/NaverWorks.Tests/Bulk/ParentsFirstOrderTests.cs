using System;
using System.Collections.Generic;
using System.Linq;
using NaverWorks.Bulk;

namespace NaverWorks.Tests.Bulk;

public class ParentsFirstOrderTests
{
    private readonly ParentsFirstOrder<string> _order = new("#");
    private readonly List<string> _started = new();
    private long _row;

    private void Add(string key, string parent) => _order.Add(++_row, key, parent, key);

    /// <summary>Starts whatever is ready and lets each finish as created, the way the cmdlet drives it.</summary>
    private void RunToEnd(Func<string, bool>? created = null)
    {
        foreach (var orphan in _order.EndOfInput()) Start(orphan.Item, created);
        while (_order.TryTakeReady(out var next)) Start(next.Item, created);
    }

    private void Start(string key, Func<string, bool>? created)
    {
        _started.Add(key);
        _order.Finished(key, created?.Invoke(key) ?? true);
        while (_order.TryTakeReady(out var next)) Start(next.Item, created);
    }

    [Fact]
    public void Children_that_arrive_before_their_parents_start_after_them()
    {
        Add("team", "division");
        Add("division", "company");
        Add("company", "#");
        RunToEnd();
        Assert.Equal(["company", "division", "team"], _started);
        Assert.Empty(_order.TakeFailed());
        Assert.Empty(_order.FailUnfinished());
    }

    [Fact]
    public void A_shuffled_tree_always_starts_parents_first()
    {
        var parents = new Dictionary<string, string> { ["d1"] = "#" };
        for (int i = 2; i <= 60; i++) parents["d" + i] = "d" + (i / 3 + 1 == i ? 1 : i / 3 + 1);
        var random = new Random(7);
        foreach (var key in parents.Keys.OrderBy(_ => random.Next()).ToList()) Add(key, parents[key]);
        RunToEnd();
        Assert.Equal(60, _started.Count);
        foreach (var key in _started.Where(k => parents[k] != "#"))
            Assert.True(_started.IndexOf(parents[key]) < _started.IndexOf(key), $"{key} started before its parent {parents[key]}");
    }

    [Fact]
    public void Rows_whose_parent_is_not_in_the_input_are_handed_back_at_the_end_for_a_lookup()
    {
        Add("sales", "dept0000");
        Add("sales-kr", "sales");
        Assert.False(_order.HasReady);
        var orphans = _order.EndOfInput();
        Assert.Equal(["sales"], orphans.Select(o => o.Key));
        _order.Finished("sales", created: true);
        Assert.True(_order.TryTakeReady(out var child));
        Assert.Equal("sales-kr", child.Key);
    }

    [Fact]
    public void A_failed_parent_fails_its_whole_subtree_with_the_reason()
    {
        Add("a", "#");
        Add("b", "a");
        Add("c", "b");
        RunToEnd(created: key => key != "a");
        var failed = _order.TakeFailed().ToDictionary(f => f.Key.Key, f => f.Value);
        Assert.Equal(["b", "c"], failed.Keys.OrderBy(k => k));
        Assert.Equal("Its parent 'a' (row 1) was not created.", failed["b"]);
        Assert.Equal("Its parent 'b' (row 2) was not created.", failed["c"]);
    }

    [Fact]
    public void A_cycle_is_reported_for_its_members_and_for_what_hangs_below_it()
    {
        Add("x", "y");
        Add("y", "x");
        Add("z", "x");
        Add("ok", "#");
        RunToEnd();
        Assert.Equal(["ok"], _started);
        var failed = _order.FailUnfinished().ToDictionary(f => f.Key.Key, f => f.Value);
        Assert.Equal("The ParentExternalKey values form a cycle: x → y → x.", failed["x"]);
        Assert.Equal("The ParentExternalKey values form a cycle: y → x → y.", failed["y"]);
        Assert.Equal("Its ancestor 'x' is in a ParentExternalKey cycle: x → y → x.", failed["z"]);
    }

    [Fact]
    public void Own_parent_and_repeated_keys_fail_at_once()
    {
        Add("self", "self");
        Add("a", "#");
        Add("a", "#");
        var failed = _order.TakeFailed().Select(f => (f.Key.Row, f.Value)).ToList();
        Assert.Equal([(1L, "A department cannot be its own parent."), (3L, "The ExternalKey 'a' is already used by row 2 of this input.")], failed);
        RunToEnd();
        Assert.Equal(["a"], _started);
    }

    [Fact]
    public void A_skipped_parent_fails_confirmed_children_but_skipped_children_are_silent()
    {
        Add("child", "parent");
        _order.Skip(++_row, "parent", "#");
        _order.Skip(++_row, "other-child", "parent");
        var failed = _order.TakeFailed().Single();
        Assert.Equal("child", failed.Key.Key);
        Assert.Equal("Its parent 'parent' (row 2) was skipped.", failed.Value);
        Assert.Empty(_order.EndOfInput());
    }
}
