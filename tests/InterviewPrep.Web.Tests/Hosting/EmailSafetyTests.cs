namespace InterviewPrep.Web.Tests.Hosting;

public sealed class EmailSafetyTests
{
    [Fact]
    public void AProductionAppWithoutSmtpRefusesToStartAndSaysWhichSettingsFixIt()
    {
        using var app = new TestAppFactory(useKestrel: false, environment: "Production", settings: new Dictionary<string, string?> { ["Email:AllowLogOnly"] = "false" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient()).GetBaseException();

        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("Email:SmtpHost", error.Message, StringComparison.Ordinal);
        Assert.Contains("Email:AllowLogOnly=true", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "Email:SmtpHost", "smtp.example.com")]
    [InlineData("Production", "Email:AllowLogOnly", "true")]
    [InlineData("Development", "Email:AllowLogOnly", "false")]
    public async Task TheAppStartsWithSmtpOrWhenTheLogIsAllowedOrInDevelopment(string environment, string key, string value)
    {
        // With SMTP on, Production also needs the public base URL that emailed links start with.
        using var app = new TestAppFactory(useKestrel: false, environment: environment, settings: new Dictionary<string, string?>
        {
            [key] = value,
            ["App:PublicBaseUrl"] = "https://interviewprep.example.com/",
        });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Account/ForgotPassword", UriKind.Relative))).StatusCode);
    }
}
