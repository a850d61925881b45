// #18 item 3: once a customer user is signed in, the language saved with the account wins over the
// browser's and the device's. Journeys that look at a screen in several languages save the language
// with the account (as My settings does), then put French back for the journeys after them.
export async function saveAccountLanguage(page, locale) {
  const answer = await page.evaluate(async (language) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($language: Language!) { updateMyPreferences(input: { language: $language }) { language } }',
        variables: { language },
      }),
    });
    return response.json();
  }, locale.toUpperCase());
  if (answer.errors?.length) throw new Error(`saving the language ${locale}: ${JSON.stringify(answer.errors)}`);
}
