export default definePageConfig({
  navigationBarTitleText: '助力',
  // Without it WeChat never calls the page's onShareAppMessage (useShareAppMessage).
  enableShareAppMessage: true,
});
