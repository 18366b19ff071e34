export default definePageConfig({
  navigationBarTitleText: '拼团',
  // Without it WeChat never calls the page's onShareAppMessage (useShareAppMessage).
  enableShareAppMessage: true,
});
