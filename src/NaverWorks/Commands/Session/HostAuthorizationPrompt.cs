using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using NaverWorks.Auth;
using NaverWorks.Commands.Common;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// The authorization code flow's conversation with the user, carried out on the pipeline thread (the
    /// flow itself runs on a worker while the loopback listener waits).
    /// </summary>
    internal sealed class HostAuthorizationPrompt : IAuthorizationPrompt
    {
        private readonly NaverWorksCmdlet _cmdlet;

        public HostAuthorizationPrompt(NaverWorksCmdlet cmdlet) => _cmdlet = cmdlet;

        public void ShowAuthorizeUrl(Uri url, bool listening)
        {
            string text = listening
                ? $"Open this address to sign in to NAVER WORKS; the sign-in completes here by itself:{Environment.NewLine}{url.AbsoluteUri}"
                : $"Open this address to sign in to NAVER WORKS, then paste the code (or the whole address the browser ends on) below:{Environment.NewLine}{url.AbsoluteUri}";
            // Tagged PSHOST like Write-Host: shown even when $InformationPreference hides information.
            _cmdlet.Dispatcher.Post(() => _cmdlet.WriteInformation(new HostInformationMessage { Message = text }, new[] { "PSHOST", "NaverWorks.AuthorizeUrl" }));
        }

        public bool TryOpenBrowser(Uri url)
        {
            try
            {
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                    Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
                else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
                    Process.Start("open", url.AbsoluteUri);
                else
                    Process.Start("xdg-open", url.AbsoluteUri);
                return true;
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is InvalidOperationException)
            {
                return false;
            }
        }

        public string? ReadPastedResponse()
        {
            // Host UI belongs to the pipeline thread: ask it there and wait for the answer.
            var answer = new TaskCompletionSource<string?>();
            _cmdlet.Dispatcher.Post(() =>
            {
                try
                {
                    if (_cmdlet.Host?.UI is null) throw new InvalidOperationException("This host cannot read input; use a RedirectUri on http://localhost:<port>/ so the code is caught automatically.");
                    _cmdlet.Host.UI.Write("Code: ");
                    answer.SetResult(_cmdlet.Host.UI.ReadLine());
                }
                catch (Exception ex)
                {
                    answer.SetException(ex);
                }
            });
            return answer.Task.GetAwaiter().GetResult();
        }
    }
}
