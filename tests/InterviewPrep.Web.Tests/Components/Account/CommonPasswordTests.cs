using InterviewPrep.Web.Components.Account;

namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Password guessing: attackers try the most common passwords first, and the obvious ones for a given account.
/// Registration refuses the 10,000 most common, the address itself, and the site's name, in any case.
/// </summary>
public sealed class CommonPasswordTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    [Fact]
    public void TheListHoldsAtLeastTheTenThousandMostCommonPasswords() => Assert.True(CommonPasswordValidator.Count >= 10_000, $"{CommonPasswordValidator.Count} entries");

    [Theory]
    [InlineData("iloveyou")]
    [InlineData("trustno1")]
    [InlineData("sunshine1")]
    [InlineData("123456789qwerty")]
    [InlineData("PassWord123")]
    [InlineData("  Smallville  ")]
    [InlineData("InterviewPrep")]
    public async Task ACommonPasswordIsRefusedAndNoAccountIsMade(string password)
    {
        var email = $"common-{Guid.NewGuid():N}@example.com";

        var response = await new FormClient(factory).RegisterAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("most commonly used", (await response.ReadAsync()).QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Db.Count(factory, "AspNetUsers", $"NormalizedEmail = '{email.ToUpperInvariant()}'"));
    }

    [Theory]
    [InlineData("maryjones2026")]
    [InlineData("MaryJones2026")]
    [InlineData("MaryJones2026@Example.com")]
    public async Task TheAddressOrItsLocalPartIsRefusedAsAPassword(string password)
    {
        const string email = "maryjones2026@example.com";

        var response = await new FormClient(factory).RegisterAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Db.Count(factory, "AspNetUsers", $"NormalizedEmail = '{email.ToUpperInvariant()}'"));
    }

    [Fact]
    public async Task ChangingToACommonPasswordIsRefusedAndTheOldOneStillWorks()
    {
        var email = $"change-common-{Guid.NewGuid():N}@example.com";
        var client = new FormClient(factory);
        await client.RegisterAsync(email);

        var changed = await client.PostAsync("/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = FormClient.Password,
            ["Input.NewPassword"] = "baseball1",
            ["Input.ConfirmPassword"] = "baseball1",
        }, "form.form-card");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new FormClient(factory).SignInAsync(email)).StatusCode);
    }
}
