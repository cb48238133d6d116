using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;
using NaverWorks.Tests.Workplace.Emulator;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Commands;

public sealed class WorkplaceUnknownFieldTests
{
    [Fact]
    public async Task Set_sends_back_fields_the_module_does_not_know_and_none_of_the_servers_own()
    {
        // The real API may return fields beyond the documented ones; a PUT replaces the whole element, so
        // Set-* must carry them back. The strict emulator refuses unknown fields, so this middleware adds one
        // to the GET answer and takes it out of the PUT again after recording what the module sent.
        JsonObject? sentPut = null;
        void Configure(WebApplication app) => app.Use(async (context, next) =>
        {
            if (!context.Request.Path.Value!.EndsWith("/department/legacy", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            if (HttpMethods.IsPut(context.Request.Method))
            {
                sentPut = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!.AsObject();
                JsonObject forwarded = sentPut.DeepClone().AsObject();
                forwarded.Remove("futureField");
                byte[] bytes = Encoding.UTF8.GetBytes(forwarded.ToJsonString());
                context.Request.Body = new MemoryStream(bytes);
                context.Request.ContentLength = bytes.Length;
                await next(context);
                return;
            }

            if (!HttpMethods.IsGet(context.Request.Method))
            {
                await next(context);
                return;
            }

            Stream original = context.Response.Body;
            var buffer = new MemoryStream();
            context.Response.Body = buffer;
            await next(context);
            context.Response.Body = original;
            JsonObject element = JsonNode.Parse(buffer.ToArray())!.AsObject();
            element["futureField"] = new JsonObject { ["flag"] = true };
            context.Response.ContentLength = null;
            await context.Response.WriteAsync(element.ToJsonString());
        });
        await using var host = await WorkplaceEmulatorHost.StartAsync(configure: Configure);
        WorkplaceCredentials company = host.Tenant.AddCompany();
        using var ps = new ModuleRunspace();

        var result = WorkplaceScript.Run(ps, host.BaseAddress, company, """
            New-WorkplaceDepartment legacy Legacy dept0000 -Email legacy@example.com -DisplayOrder 3 > $null
            Get-WorkplaceDepartment legacy
            Set-WorkplaceDepartment legacy -Name 'Legacy (renamed)'
            """).ThrowOnError();

        Department read = result.Objects<Department>().Single();
        Assert.Equal("{\"flag\":true}", read.AdditionalFields!["futureField"].GetRawText());
        Assert.NotNull(sentPut);
        Assert.Equal("{\"flag\":true}", sentPut!["futureField"]!.ToJsonString());
        Assert.Equal("Legacy (renamed)", (string?)sentPut["name"]);
        Assert.Equal("legacy", (string?)sentPut["deptExternalKey"]);
        Assert.Equal("legacy@example.com", (string?)sentPut["deptEmailAddress"]);
        Assert.Equal("3.0", (string?)sentPut["dispOrd"]);
        Assert.Equal("dept0000", (string?)sentPut["parentDeptExternalKey"]);
        foreach (string serverOwn in new[] { "tenantId", "companyId", "externalKey", "deptNo", "parentDeptNo", "deptLeaderExternalKey", "deptLeaderEmpId" })
            Assert.False(sentPut.ContainsKey(serverOwn), serverOwn + " was sent back");
        Assert.Equal("Legacy (renamed)", (string?)host.Tenant.Find(company.CompanyId, WorkplaceResourceNames.Department, "legacy")!["name"]);
    }
}
