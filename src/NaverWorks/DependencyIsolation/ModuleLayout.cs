using System.IO;

namespace NaverWorks.DependencyIsolation
{
    /// <summary>Where the module's files are: this assembly's folder and its <c>dependencies</c> subfolder.</summary>
    internal static class ModuleLayout
    {
        public static string BinDirectory { get; } = Path.GetDirectoryName(typeof(ModuleLayout).Assembly.Location) ?? ".";

        public static string DependencyDirectory { get; } = Path.Combine(BinDirectory, "dependencies");

        public const string SecurityAssemblyName = "NaverWorks.Security";
    }
}
