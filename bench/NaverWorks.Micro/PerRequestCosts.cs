using BenchmarkDotNet.Attributes;
using NaverWorks.Http;
using NaverWorks.Workplace;

namespace NaverWorks.Micro;

/// <summary>Work the transport does on every request: the WORKPLACE HMAC signature and the redaction of a -Verbose line.</summary>
[MemoryDiagnoser]
public class PerRequestCosts
{
    private readonly ApiGatewaySigner _signer = new("AKIDEXAMPLE00001", "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY");

    [Benchmark]
    public string WorkplaceSignature() =>
        _signer.Sign("POST", "/organization/apigw/v2/company/c1798784-9a47-4751-ab9f-b9629825ab93/employee/emp00042", "1505290625682");

    [Benchmark]
    public string RedactVerboseLine() =>
        Redactor.Redact("GET https://www.worksapis.com/v1.0/users?count=100&cursor=bmV4dA%3D%3D -> 200 OK in 42 ms (attempt 1)");
}
