export default definePageConfig({
  navigationBarTitleText: '砍价',
  // Without it WeChat never calls the page's onShareAppMessage (useShareAppMessage).
  enableShareAppMessage: true,
});
