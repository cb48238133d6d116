using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace NaverWorks.DependencyIsolation
{
    /// <summary>
    /// PowerShell 7 only: a private load context for NaverWorks.Security and its Microsoft.IdentityModel
    /// dependencies. Another module (Az.Accounts, Microsoft.Graph) may have loaded a different IdentityModel
    /// into the default context; ours never meets it. Assemblies the runtime itself provides at the same or
    /// a newer version are shared with the default context, so framework types stay one type.
    /// </summary>
    internal sealed class IsolatedLoadContext : AssemblyLoadContext
    {
        private readonly string _directory;
        private readonly Lazy<Dictionary<string, Version>> _platform = new Lazy<Dictionary<string, Version>>(ReadPlatformAssemblies);

        public IsolatedLoadContext(string directory) => _directory = directory;

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || name.Name == "NaverWorks") return null; // the module itself is shared
            string path = Path.Combine(_directory, name.Name + ".dll");
            if (!File.Exists(path)) return null;
            if (_platform.Value.TryGetValue(name.Name, out var available) && (name.Version is null || available >= name.Version))
                return null;
            return LoadFromAssemblyPath(path);
        }

        private static Dictionary<string, Version> ReadPlatformAssemblies()
        {
            var result = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
            if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string list) return result;
            foreach (string file in list.Split(Path.PathSeparator))
            {
                string simple = Path.GetFileNameWithoutExtension(file);
                if (result.ContainsKey(simple)) continue;
                try
                {
                    result[simple] = AssemblyName.GetAssemblyName(file).Version ?? new Version(0, 0);
                }
                catch (Exception ex) when (ex is BadImageFormatException || ex is IOException)
                {
                    // native or unreadable: not something we would share
                }
            }
            return result;
        }
    }
}
