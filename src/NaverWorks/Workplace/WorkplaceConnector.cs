using System;
using System.Threading.Tasks;
using NaverWorks.Auth;
using NaverWorks.Http;

namespace NaverWorks.Workplace
{
    /// <summary>Opens WORKPLACE sessions.</summary>
    internal static class WorkplaceConnector
    {
        /// <summary>
        /// Opens a session; with <paramref name="verify"/>, first proves the keys, the company and the clock
        /// with the cheapest signed call (one department), so mistakes surface at Connect-Workplace rather
        /// than in the middle of a bulk load.
        /// </summary>
        public static async Task<WorkplaceSession> OpenAsync(string accessKey, Secret secretKey, string companyId, WorkplaceConnectionOptions options, bool verify, RequestContext context)
        {
            companyId = (companyId ?? "").Trim();
            if (companyId.Length == 0) throw new ArgumentException("The CompanyId (WORKPLACE Developers > connection key) is required.", nameof(companyId));
            var signer = new ApiGatewaySigner((accessKey ?? "").Trim(), secretKey.Reveal());
            Uri endpoint = WorkplaceTransport.RequireHostOnly(options.Endpoint);
            ApiTransport transport = WorkplaceTransport.Create(signer, options);
            var session = new WorkplaceSession(companyId, signer.AccessKey, endpoint, transport);
            if (!verify) return session;
            try
            {
                await session.Departments.ListPageAsync(null, 1, context).ConfigureAwait(false);
                return session;
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }
    }
}
