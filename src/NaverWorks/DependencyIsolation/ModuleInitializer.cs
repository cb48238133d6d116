using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace NaverWorks.DependencyIsolation
{
    /// <summary>
    /// Runs when PowerShell imports the module. On Windows PowerShell 5.1 there are no load contexts and no
    /// binding redirects, so assembly requests that fail are answered from the module's own folders,
    /// whatever version was asked for.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        /// <inheritdoc />
        public void OnImport()
        {
            if (SecurityComponents.IsNetFramework) AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        }

        /// <inheritdoc />
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (SecurityComponents.IsNetFramework) AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
        }

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            string simple = new AssemblyName(args.Name).Name ?? "";
            foreach (string dir in new[] { ModuleLayout.BinDirectory, ModuleLayout.DependencyDirectory })
            {
                string path = Path.Combine(dir, simple + ".dll");
                if (File.Exists(path)) return Assembly.LoadFrom(path);
            }
            return null;
        }
    }
}
