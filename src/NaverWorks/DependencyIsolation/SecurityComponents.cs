using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using NaverWorks.Auth;

namespace NaverWorks.DependencyIsolation
{
    /// <summary>
    /// Loads NaverWorks.Security once: into the private load context on PowerShell 7, side by side through
    /// the resolver on Windows PowerShell 5.1, and hands out its signer factory through an interface.
    /// </summary>
    internal static class SecurityComponents
    {
        private static readonly Lazy<IServiceAccountSignerFactory> Factory = new Lazy<IServiceAccountSignerFactory>(Load);

        public static IServiceAccountSignerFactory SignerFactory => Factory.Value;

        public static bool IsNetFramework { get; } =
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        /// <summary>The load context the security assembly lives in (for diagnostics and tests).</summary>
        public static string LoadContextName { get; private set; } = "not loaded";

        private static IServiceAccountSignerFactory Load()
        {
            string path = Path.Combine(ModuleLayout.DependencyDirectory, ModuleLayout.SecurityAssemblyName + ".dll");
            if (!File.Exists(path))
                throw new FileNotFoundException($"The module is incomplete: {path} is missing. Reinstall NaverWorks or rebuild it.", path);
            Assembly assembly = IsNetFramework ? Assembly.LoadFrom(path) : LoadIsolated(path);
            Type type = assembly.GetType("NaverWorks.Security.ServiceAccountSignerFactory", throwOnError: true)!;
            return (IServiceAccountSignerFactory)Activator.CreateInstance(type)!;
        }

        // Kept in its own method so Windows PowerShell never JIT-compiles a reference to AssemblyLoadContext.
        private static Assembly LoadIsolated(string path)
        {
            var context = new IsolatedLoadContext(ModuleLayout.DependencyDirectory);
            LoadContextName = nameof(IsolatedLoadContext);
            return context.LoadFromAssemblyPath(path);
        }
    }
}
