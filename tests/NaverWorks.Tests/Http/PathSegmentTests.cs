using System;
using NaverWorks.Http;

namespace NaverWorks.Tests.Http;

public class PathSegmentTests
{
    [Theory]
    [InlineData("hana@example.com", "hana%40example.com")]
    [InlineData("externalKey:EMP/42", "externalKey%3AEMP%2F42")]
    [InlineData("a?b#c", "a%3Fb%23c")]
    [InlineData("김하나", "%EA%B9%80%ED%95%98%EB%82%98")]
    public void Escape_keeps_an_id_in_one_segment(string id, string expected) => Assert.Equal(expected, PathSegment.Escape(id));

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\u0000b")]
    public void Escape_refuses_traversal_empty_and_control_characters(string id) =>
        Assert.Throws<ArgumentException>(() => PathSegment.Escape(id));
}
