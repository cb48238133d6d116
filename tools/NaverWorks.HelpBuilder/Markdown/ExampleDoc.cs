namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>One example: a <c>###</c> title and a body of fenced code and explanation, kept verbatim.</summary>
/// <param name="Title">E.g. <c>Example 1: Connect with a service account</c>.</param>
/// <param name="Body">The markdown under the title.</param>
public sealed record ExampleDoc(string Title, string Body);
