using System.Collections.Generic;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>One parameter: a written description and one derived yaml block per distinct behaviour across its sets.</summary>
public sealed class ParameterDoc
{
    /// <summary>Creates a parameter entry.</summary>
    public ParameterDoc(string name, string description, IReadOnlyList<ParameterBlock> blocks)
    {
        Name = name;
        Description = description;
        Blocks = blocks;
    }

    /// <summary>Without the dash.</summary>
    public string Name { get; }

    /// <summary>Markdown; empty until someone writes it.</summary>
    public string Description { get; set; }

    /// <summary>At least one.</summary>
    public IReadOnlyList<ParameterBlock> Blocks { get; }
}
