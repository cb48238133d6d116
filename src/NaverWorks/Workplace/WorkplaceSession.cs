using System;
using System.Threading;
using NaverWorks.Http;
using NaverWorks.Sessions;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// A connection to one NAVER Cloud WORKPLACE company, as <c>Connect-Workplace -PassThru</c> returns it.
    /// It shows which company, which key (partly) and where; never the secret key.
    /// </summary>
    public sealed class WorkplaceSession : ISession, IDisposable
    {
        private static int _lastId;

        internal WorkplaceSession(string companyId, string accessKey, Uri endpoint, ApiTransport transport)
        {
            Id = Interlocked.Increment(ref _lastId);
            CompanyId = companyId;
            AccessKey = Mask(accessKey);
            Endpoint = endpoint;
            ConnectedAt = DateTimeOffset.Now;
            Transport = transport;
            Departments = new WorkplaceResourceApi<Department>(transport, companyId, new DepartmentShape());
            Employees = new WorkplaceResourceApi<Employee>(transport, companyId, new EmployeeShape());
            Grades = new WorkplaceResourceApi<Grade>(transport, companyId, new OrganizationCodeShape<Grade>(WorkplaceResource.Grade, "job grade"));
            Jobs = new WorkplaceResourceApi<Job>(transport, companyId, new OrganizationCodeShape<Job>(WorkplaceResource.Job, "job position"));
            EmploymentTypes = new WorkplaceResourceApi<EmploymentType>(transport, companyId, new OrganizationCodeShape<EmploymentType>(WorkplaceResource.EmploymentType, "employment type"));
        }

        /// <inheritdoc />
        public int Id { get; }

        /// <summary>The company (connection key, WORKPLACE Developers > basic settings).</summary>
        public string CompanyId { get; }

        /// <summary>The access key ID, all but its first four characters masked.</summary>
        public string AccessKey { get; }

        /// <summary>The API Gateway's scheme and host.</summary>
        public Uri Endpoint { get; }

        /// <summary>When the session was opened.</summary>
        public DateTimeOffset ConnectedAt { get; }

        /// <summary>Requests a minute allowed per API operation before the module waits (0 = no proactive limit, the default).</summary>
        public int RateLimitPerMinute
        {
            get => Transport.RateLimiter.PerMinute;
            set => Transport.RateLimiter.PerMinute = value;
        }

        /// <inheritdoc />
        public ApiTransport Transport { get; }

        internal WorkplaceResourceApi<Department> Departments { get; }

        internal WorkplaceResourceApi<Employee> Employees { get; }

        internal WorkplaceResourceApi<Grade> Grades { get; }

        internal WorkplaceResourceApi<Job> Jobs { get; }

        internal WorkplaceResourceApi<EmploymentType> EmploymentTypes { get; }

        /// <summary>The client for the resource whose elements are <typeparamref name="T"/>.</summary>
        internal WorkplaceResourceApi<T> Resource<T>() where T : WorkplaceObject
        {
            object api = typeof(T) == typeof(Department) ? Departments
                : typeof(T) == typeof(Employee) ? Employees
                : typeof(T) == typeof(Grade) ? Grades
                : typeof(T) == typeof(Job) ? Jobs
                : typeof(T) == typeof(EmploymentType) ? (object)EmploymentTypes
                : throw new ArgumentException($"{typeof(T).Name} is not a WORKPLACE resource.");
            return (WorkplaceResourceApi<T>)api;
        }

        /// <summary>A description without secrets.</summary>
        public override string ToString() => $"WORKPLACE session {Id}: company {CompanyId} at {Endpoint.GetLeftPart(UriPartial.Authority)}";

        /// <summary>Closes the connections; the keys in memory are dropped with the session.</summary>
        public void Dispose() => Transport.Dispose();

        internal static string Mask(string accessKey) =>
            accessKey.Length <= 4 ? new string('*', accessKey.Length) : accessKey.Substring(0, 4) + new string('*', accessKey.Length - 4);
    }
}
