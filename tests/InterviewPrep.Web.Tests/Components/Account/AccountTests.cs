namespace InterviewPrep.Web.Tests.Components.Account;

public sealed class AccountTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    [Fact]
    public async Task RegisteringSignsTheUserInAndOpensTheirStoryBank()
    {
        var client = new FormClient(factory);

        var response = await client.RegisterAsync($"new-{Guid.NewGuid():N}@example.com");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/stories", response.Headers.Location!.AbsolutePath);
        var (_, page) = await HtmlPage.GetAsync(client.Http, "/stories");
        Assert.NotNull(page.QuerySelector("a[href='stories/new']"));
        Assert.Contains("Sign out", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short", "at least 8 characters")]
    [InlineData("password123", "most commonly used")]
    [InlineData("qwertyuiop", "most commonly used")]
    public async Task RegistrationRefusesShortAndCommonPasswordsAndKeepsTheEmail(string password, string message)
    {
        var client = new FormClient(factory);
        var email = $"weak-{Guid.NewGuid():N}@example.com";

        var response = await client.RegisterAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector(".form-page")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, page.QuerySelector("#register-email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ALongPassphraseWithoutDigitsOrSymbolsIsAccepted()
    {
        var client = new FormClient(factory);
        var passphrase = "the quiet harbour keeps its lanterns lit through every long december night, always";

        var response = await client.RegisterAsync($"long-{Guid.NewGuid():N}@example.com", passphrase);

        Assert.True(passphrase.Length > 64);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.com";
        await new FormClient(factory).RegisterAsync(email);
        var client = new FormClient(factory);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.SignInAsync(email, "not the password at all");
            Assert.True(wrong.StatusCode == HttpStatusCode.OK, $"Attempt {attempt} answered {(int)wrong.StatusCode} {wrong.Headers.Location}");
        }

        var fifth = await client.SignInAsync(email, "not the password at all");
        Assert.Equal("/Account/Lockout", fifth.Headers.Location!.AbsolutePath);

        var right = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Account/Lockout", right.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task SigningInAndOutControlsAccessToTheAccountPage()
    {
        var email = $"inout-{Guid.NewGuid():N}@example.com";
        await new FormClient(factory).RegisterAsync(email);
        var client = new FormClient(factory);

        var anonymous = await client.Http.GetAsync(new Uri("/Account/Manage", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        var signIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var (account, page) = await HtmlPage.GetAsync(client.Http, "/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(email, page.QuerySelector(".account-facts")!.TextContent, StringComparison.Ordinal);

        var signOut = await client.SubmitAsync("/Account/Manage", "form[action='Account/Logout']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await client.Http.GetAsync(new Uri("/Account/Manage", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task ChangingThePasswordRequiresTheCurrentOne()
    {
        var email = $"change-{Guid.NewGuid():N}@example.com";
        var client = new FormClient(factory);
        await client.RegisterAsync(email);

        var wrong = await client.SubmitAsync("/Account/Manage/ChangePassword", "form.form-card", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = "not my password",
            ["Input.NewPassword"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        var right = await client.SubmitAsync("/Account/Manage/ChangePassword", "form.form-card", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = FormClient.Password,
            ["Input.NewPassword"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new FormClient(factory).SignInAsync(email, "a brand new passphrase")).StatusCode);
    }
}
